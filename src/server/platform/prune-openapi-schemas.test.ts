import { describe, expect, it } from "vitest";
import { withoutUnreferencedSchemas } from "./prune-openapi-schemas";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("the OpenAPI document's components", () => {
  it("keeps what an operation or a kept component refers to, and drops the rest", () => {
    const document = {
      paths: { "/a": { get: { responses: { 200: ref("Invoice") } } } },
      components: {
        securitySchemes: { bearer: { type: "http" } },
        schemas: {
          Invoice: { properties: { finding: ref("Finding") } },
          Finding: { type: "object" },
          InvoiceInput: { properties: { finding: ref("FindingInput") } },
          FindingInput: { type: "object" },
          // Two unused schemas referring to each other are still unused.
          LoopA: { properties: { b: ref("LoopB") } },
          LoopB: { properties: { a: ref("LoopA") } },
        },
      },
    };
    const pruned = withoutUnreferencedSchemas(document);
    expect(Object.keys(pruned.components.schemas)).toEqual(["Invoice", "Finding"]);
    expect(pruned.components.securitySchemes).toEqual({ bearer: { type: "http" } });
    expect(pruned.paths).toEqual(document.paths);
  });
});
