/**
 * The document without the component schemas nothing refers to. The Zod type provider writes
 * every registered component twice, as answered and as accepted (`…Input`); most are only
 * answered, so their input twin is dead weight (about 60 KB). Removing one can leave another
 * unreferenced (an unused twin's own references), so it repeats until nothing more goes.
 */
export function withoutUnusedComponents<D extends object>(document: D): D {
  const components = (document as { components?: { schemas?: Record<string, unknown> } })
    .components;
  if (!components?.schemas) return document;
  let kept = components.schemas;
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...components, schemas: kept } });
    const referenced = new Set(
      [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]),
    );
    const next = Object.fromEntries(Object.entries(kept).filter(([name]) => referenced.has(name)));
    if (Object.keys(next).length === Object.keys(kept).length) break;
    kept = next;
  }
  return { ...document, components: { ...components, schemas: kept } };
}
