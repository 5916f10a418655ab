/**
 * Replies kept in this process as the bytes sent, least recently used dropped first once
 * there are more than `maxEntries` or their bytes pass `maxBytes`. A kept reply is only ever
 * right for its key: the caller puts in the key everything the reply depends on (for the
 * engagement list, the organisations' list versions, which the database changes with every
 * write that matters, so several processes on one database never serve each other's old
 * replies). Nothing here knows what a reply means.
 */
export class KeptReplies {
  private readonly replies = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get(key: string): Buffer | undefined {
    const body = this.replies.get(key);
    if (body === undefined) return undefined;
    // A Map iterates in insertion order: inserted again, the reply is the most recently used.
    this.replies.delete(key);
    this.replies.set(key, body);
    return body;
  }

  set(key: string, body: Buffer): void {
    if (body.length > this.limits.maxBytes) return;
    this.delete(key);
    this.replies.set(key, body);
    this.bytes += body.length;
    for (const oldest of this.replies.keys()) {
      if (this.replies.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.replies.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const body = this.replies.get(key);
    if (body === undefined) return;
    this.replies.delete(key);
    this.bytes -= body.length;
  }
}
