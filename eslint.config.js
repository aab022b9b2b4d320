import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "public/", "node_modules/", "test-results/", "playwright-report/", "data/", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Logs go through the structured logger, which keeps personal data out.
      "no-console": "error",
    },
  },
  {
    // The foundation knows messages and feed items, not the features: they plug into it through
    // the registry the composition root (app/sync-registry.server.ts) hands over. The sync's
    // integration tests run the real features and are exempt.
    files: ["app/foundation/**/*.{ts,tsx}"],
    ignores: ["app/foundation/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^~/features/|/features/|^~/sync-registry|/sync-registry)",
              message: "app/foundation/ imports nothing from app/features/: register the feature in app/sync-registry.server.ts instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "e2e/**", "bench/**", "stubs/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
  {
    // Routes compose app/components/dkfds/; the DKFDS markup and its class names live there only.
    files: ["app/routes/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='className']", message: "Routes write no DKFDS classes: use or add a component in app/components/dkfds/." },
        { selector: "JSXOpeningElement[name.name='ErrorSummary']", message: "Use FormErrorSummary (a Conform form) or AnswerErrorSummary (an answer's errors by field)." },
      ],
    },
  },
);
