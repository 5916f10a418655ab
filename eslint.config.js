// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Layer arrows: domain imports nothing of ours; contracts only domain; nobody imports server but its entry points. */
const layerRules = [
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "**/contracts/**", "**/web/**", "**/cli/**", "**/i18n/**"],
              message: "domain/ is pure: it imports nothing of ours.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/contracts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "**/web/**", "**/cli/**"],
              message: "contracts/ may import only domain types.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "**/cli/**"],
              message: "The web app talks to the server over HTTP only.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * Use-cases answer typed values (`Wording`, money as `{ minor, currency }`, days as `{ day }`);
 * the HTTP edge puts them into the reader's language once. So a module file that is not a
 * route, presenter, e-mail or PDF may neither import the i18n formatters nor take a `locale`.
 * The exceptions write stored text or an e-mail whose language the request decides when the
 * recipient has none of their own (see docs/ARCHITECTURE.md).
 */
const formattingAtTheEdge = {
  files: ["src/server/modules/**/*.ts"],
  ignores: [
    "src/server/modules/**/*.routes.ts",
    "src/server/modules/**/*.presenter.ts",
    "src/server/modules/**/*-mail.ts",
    "src/server/modules/**/*-pdf.ts",
    "src/server/modules/**/*.test.ts",
    // Invoice lines are stored text, written in the author's language.
    "src/server/modules/billing/create-invoice.ts",
    "src/server/modules/billing/invoice-sources.ts",
    "src/server/modules/billing/invoice-late-interest.ts",
    // E-mails to someone without a stored language go out in the requester's.
    "src/server/modules/auth/request-password-reset.ts",
    "src/server/modules/auth/reset-password.ts",
    "src/server/modules/engagements/start-engagement.ts",
    "src/server/modules/orgs/invite-member.ts",
    // The agreement text an approved change writes states its price in English, as stored.
    "src/server/modules/change-requests/approve-change.ts",
  ],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/i18n/format", "**/i18n/format-measure", "**/i18n/translate"],
            message:
              "Use-cases answer typed values (platform/wording); the HTTP edge formats them.",
          },
        ],
      },
    ],
    "no-restricted-syntax": [
      "error",
      {
        selector: ":function > Identifier.params[name='locale']",
        message: "Use-cases take no locale: answer a Wording and let the HTTP edge word it.",
      },
      {
        selector: ":function > ObjectPattern.params Property[key.name='locale']",
        message: "Use-cases take no locale: answer a Wording and let the HTTP edge word it.",
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ["node_modules", "dist", "data", "test-results", "coverage", "bench/results"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*.js", "bin/*.js", "scripts/*.js", "bench/*.js"],
          // The plain-JavaScript launchers and build scripts (about ten, each small) outside
          // tsconfig's sources; the default of 8 counted them, not their cost.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["src/web/**/*.tsx", "src/web/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerRules,
  formattingAtTheEdge,
);
