const SCHEMA_REF = /"\$ref":"#\/components\/schemas\/([^"]+)"/g;

/**
 * The document with only the component schemas something in it refers to, directly or through
 * another component. fastify-type-provider-zod writes an input and an output variant of every
 * registered component; the input variants of response-only schemas (`ErrorResponseInput`,
 * `InvoiceInput`…) were referred to by nothing and weighed 58 KB of the 721 KB document.
 */
export function withoutUnreferencedSchemas<D extends object>(doc: D): D {
  const { components, ...rest } = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!schemas) return doc;
  const referenced = new Set<string>();
  const pending = refsIn(rest);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (referenced.has(name) || !(name in schemas)) continue;
    referenced.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => referenced.has(name)));
  return { ...doc, components: { ...components, schemas: kept } };
}

function refsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(SCHEMA_REF)].map((match) => match[1] ?? "");
}
