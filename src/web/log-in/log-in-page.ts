// The log-in page as people first open it: plain DOM, no React, router, query cache or ICU
// runtime, so it shows after a few kilobytes plus the language's catalogue (shared, cached, with
// the app). React, its router and react-intl alone weigh ~120 KB gzipped, the page's budget.
// After signing in the browser opens the app at the page asked for. Inside the app, /login is
// still the React route (the app is loaded by then).
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from "../../i18n/locales";
import { safeNextPath, withNext } from "../app/routes/next-path";
import { detectInitialLocale, storeLocale } from "../shared/i18n/detect-locale";
import { loadMessages, type AppMessageKey, type AppMessages } from "../shared/i18n/messages";
import { messageParts, plainText } from "./tagged-message";
import "../app/styles.css";

interface FieldProblem {
  path: string;
  message: string;
}

const API = "/api/v1";
const next = safeNextPath(new URLSearchParams(location.search).get("next"));
let locale: Locale = detectInitialLocale();
let messages: AppMessages;

function t(key: AppMessageKey): string {
  return plainText(messages[key]);
}

/** Creates an element with attributes and children (strings become text). */
function el(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A message whose `<link>` part becomes a link to `href`. */
function withLink(key: AppMessageKey, href: string): (Node | string)[] {
  return messageParts(messages[key]).map((part) =>
    part.tag ? el("a", { href }, part.text) : part.text,
  );
}

function field(name: string, type: string, label: AppMessageKey, autocomplete: string) {
  const id = `login-${name}`;
  return el(
    "div",
    { class: "field", "data-field": name },
    el("label", { for: id }, t(label)),
    el("input", { id, name, type, autocomplete, required: "" }),
  );
}

function languageSwitcher(): HTMLElement {
  const select = el("select", { id: "language-switcher" }) as HTMLSelectElement;
  for (const code of LOCALES) {
    select.append(el("option", { value: code, lang: code }, LOCALE_NAMES[code]));
  }
  select.value = locale;
  select.addEventListener("change", () => {
    if (!isLocale(select.value)) return;
    locale = select.value;
    storeLocale(locale);
    void render();
  });
  return el(
    "div",
    { class: "language-switcher" },
    el("label", { for: "language-switcher" }, t("locale.switcher.label")),
    select,
  );
}

function showProblems(form: HTMLFormElement, summary: string | null, fields: FieldProblem[]) {
  const alert = form.querySelector(".form-alert-region");
  alert?.replaceChildren(summary ? el("p", { class: "alert alert-error" }, summary) : "");
  for (const frame of form.querySelectorAll<HTMLElement>("[data-field]")) {
    const name = frame.dataset.field ?? "";
    const input = frame.querySelector("input");
    const problem = fields.find((item) => item.path === name);
    frame.className = problem ? "field field-invalid" : "field";
    frame.querySelector(".field-error")?.remove();
    if (!input) continue;
    if (problem) {
      frame.append(el("p", { class: "field-error", id: `${input.id}-error` }, problem.message));
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", `${input.id}-error`);
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }
  const firstInvalid = form.querySelector<HTMLInputElement>("[aria-invalid=true]");
  firstInvalid?.focus();
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${API}${path}`, {
    credentials: "same-origin",
    ...init,
    headers: { Accept: "application/json", "Accept-Language": locale, ...init.headers },
  });
}

async function logIn(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const button = form.querySelector("button");
  if (button) button.disabled = true;
  try {
    const csrf = (await (await send("/auth/csrf")).json()) as { token: string };
    const response = await send("/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json", "x-csrf-token": csrf.token },
      body: JSON.stringify({ email: data.get("email"), password: data.get("password") }),
    });
    if (response.ok) {
      location.replace(next);
      return;
    }
    const payload = (await response.json().catch(() => null)) as {
      error?: { message?: string; fields?: FieldProblem[] };
    } | null;
    const fields = payload?.error?.fields ?? [];
    showProblems(form, payload?.error?.message || t("app.error.generic"), fields);
  } catch {
    showProblems(form, t("app.error.network"), []);
  } finally {
    if (button) button.disabled = false;
  }
}

async function render(): Promise<void> {
  messages = await loadMessages(locale, "first");
  // A change of language keeps what was typed.
  const typed = new Map<string, string>();
  for (const input of document.querySelectorAll<HTMLInputElement>("form input")) {
    typed.set(input.name, input.value);
  }
  document.documentElement.lang = locale;
  const title = t("auth.login.title");
  document.title = t("app.documentTitle").replace("{page}", title);

  const form = el(
    "form",
    { class: "stack", novalidate: "" },
    el("div", { class: "form-alert-region", "aria-live": "polite" }),
    field("email", "email", "field.email", "email"),
    field("password", "password", "field.password", "current-password"),
    el("button", { type: "submit" }, t("auth.login.submit")),
  ) as HTMLFormElement;
  for (const input of form.querySelectorAll("input")) input.value = typed.get(input.name) ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void logIn(form);
  });

  document
    .getElementById("root")
    ?.replaceChildren(
      el("a", { href: "#main", class: "skip-link" }, t("app.skipLink")),
      el(
        "header",
        { class: "site-header" },
        el(
          "div",
          { class: "header-bar container" },
          el("a", { href: "/", class: "brand" }, t("app.name")),
          el("div", { class: "header-tools" }, languageSwitcher()),
        ),
      ),
      el(
        "main",
        { id: "main", tabindex: "-1", class: "container" },
        el(
          "div",
          { class: "narrow stack" },
          el("h1", {}, title),
          el("p", { class: "muted" }, t("auth.tagline")),
          form,
          el("p", {}, ...withLink("auth.login.forgot", "/forgot-password")),
          el("p", {}, ...withLink("auth.login.noAccount", withNext("/signup", next))),
        ),
      ),
    );
}

// Someone already signed in goes straight where they were heading.
void send("/me").then((response) => {
  if (response.ok) location.replace(next);
});
void render();
