import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { webEn } from "./messages/en";

/** Attributes a reader sees or hears: each takes a message, never text written in code. */
const READ_ATTRIBUTES = new Set([
  "alt",
  "aria-description",
  "aria-label",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "label",
  "placeholder",
  "title",
]);
/** Words in a literal: letters, at least two of them. */
const WORDS = /\p{L}{2,}/u;
const KEYS = new Set(Object.keys(webEn));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return path.endsWith(join("i18n", "messages")) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A string the attribute is given directly, as `a="…"`, `a={"…"}` or `` a={`…`} ``. */
function literalOf(initializer: ts.JsxAttributeValue | undefined): string | undefined {
  if (!initializer) return undefined;
  if (ts.isStringLiteral(initializer)) return initializer.text;
  if (!ts.isJsxExpression(initializer) || !initializer.expression) return undefined;
  const expression = initializer.expression;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return expression.text;
  if (ts.isTemplateExpression(expression))
    return [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)].join(" ");
  return undefined;
}

/**
 * Text written in a component instead of taken from the catalogue: JSX text, a string given as
 * a child, a read attribute holding words (a catalogue key passed to a component that translates
 * it is fine), and `alert`/`confirm`/`prompt` or `document.title` given words.
 */
function literalTextIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(
      `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`,
    );
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) at(node, JSON.stringify(node.text.trim()));
    if (
      ts.isJsxExpression(node) &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) ||
        ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      WORDS.test(node.expression.text)
    )
      at(node, JSON.stringify(node.expression.text));
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const text = literalOf(node.initializer);
      if (text !== undefined && WORDS.test(text) && !KEYS.has(text))
        at(node, `${node.name.getText(file)}=${JSON.stringify(text)}`);
    }
    if (
      ts.isCallExpression(node) &&
      /^(window\.)?(alert|confirm|prompt)$/.test(node.expression.getText(file))
    ) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteral(first) || ts.isTemplateLiteral(first)))
        at(node, node.getText(file));
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      node.left.getText(file) === "document.title" &&
      (ts.isStringLiteral(node.right) || ts.isTemplateLiteral(node.right))
    )
      at(node, node.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("the web app's words come from the catalogues", () => {
  const root = join(import.meta.dirname, "..");

  it("no component writes text, a label, a title or a dialog in code", () => {
    const found = sourceFiles(root).flatMap((path) =>
      literalTextIn(relative(root, path), readFileSync(path, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("finds each kind of written-in text (so the scan above can fail)", () => {
    const planted = [
      `const a = <p>Save the brief</p>;`,
      `const b = <p>{"Save the brief"}</p>;`,
      `const c = <button aria-label="Close the dialog" />;`,
      `const d = <input placeholder={\`Search \${what}\`} />;`,
      `const e = () => window.confirm("Delete it?");`,
      `const f = () => { document.title = "Accord home"; };`,
    ];
    for (const line of planted) expect(literalTextIn("planted.tsx", line), line).toHaveLength(1);
    const fine = [
      `const a = <p><FormattedMessage id="nav.members" /></p>;`,
      `const b = <Field label="brief.field.budget" />;`,
      `const c = <button aria-label={intl.formatMessage({ id: "app.retry" })}>{" · "}</button>;`,
    ];
    for (const line of fine) expect(literalTextIn("fine.tsx", line), line).toEqual([]);
  });
});
