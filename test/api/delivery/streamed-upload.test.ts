import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { request, type ClientRequest, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD } from "../../../src/domain/delivery/file-policy";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildDeliveryWorld, multipart, type DeliveryWorld } from "./delivery-fixtures";

const MB = 1024 * 1024;

/** Every file (not folder) under the storage root, with its size. */
async function filesOnDisk(root: string): Promise<{ name: string; size: number }[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => ({
      name: entry.name,
      size: (await stat(join(entry.parentPath, entry.name))).size,
    })),
  );
}

/** Waits, with a generous bound, until the condition holds; false if it never did. */
async function eventually(condition: () => Promise<boolean>, boundMs = 30_000): Promise<boolean> {
  const until = Date.now() + boundMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await sleep(50);
  }
  return false;
}

/** A real HTTP upload the test writes piece by piece, as a slow client would send it. */
function openUpload(url: string, token: string, boundary: string) {
  const req: ClientRequest = request(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "transfer-encoding": "chunked",
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on("response", (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on("error", reject);
  });
  const write = (chunk: Buffer | string) =>
    new Promise<void>((resolve, reject) =>
      req.write(chunk, (error) => (error ? reject(error) : resolve())),
    );
  const partHeader = (name: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    write,
    partHeader,
    async finish() {
      await write(`\r\n--${boundary}--\r\n`);
      req.end();
      return answer;
    },
  };
}

async function providerToken(w: DeliveryWorld): Promise<string> {
  const created = await w.provider.client.post("/api/v1/tokens", {
    orgId: w.providerOrg.id,
    name: "uploads",
    scopes: ["engagements:read", "engagements:write"],
  });
  return bodyOf<{ token: string }>(created, 201).token;
}

describe.each(DIALECTS)("uploads streamed to storage on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("writes a file to storage while it is still arriving, and keeps it whole once it has", async () => {
    t = await buildTestApp(dialect);
    const w = await buildDeliveryWorld(t);
    const token = await providerToken(w);
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const upload = openUpload(`${base}${w.url("/files")}`, token, "accord-stream-boundary");
    const piece = Buffer.alloc(MB, 7);
    const hash = createHash("sha256");

    await upload.write(upload.partHeader("recording.mp4"));
    for (let i = 0; i < 3; i++) {
      await upload.write(piece);
      hash.update(piece);
    }
    // Held in memory, the file would reach storage only once the request ended; streamed, its
    // first megabytes are on disk while the client still has most of it to send.
    const root = t.filesDirectory;
    const isArriving = await eventually(async () =>
      (await filesOnDisk(root)).some((f) => f.name.endsWith(".partial") && f.size >= MB),
    );
    expect(isArriving).toBe(true);
    for (let i = 0; i < 7; i++) {
      await upload.write(piece);
      hash.update(piece);
    }
    const answer = await upload.finish();

    expect(answer.status, answer.body).toBe(201);
    const stored = (JSON.parse(answer.body) as { files: { sizeBytes: number; sha256: string }[] })
      .files;
    expect(stored).toEqual([
      expect.objectContaining({ sizeBytes: 10 * MB, sha256: hash.digest("hex") }),
    ]);
    expect(await filesOnDisk(root)).toEqual([expect.objectContaining({ size: 10 * MB })]);
  });

  it("refuses a file that grows past the limit after others were stored, keeping no file and no row", async () => {
    t = await buildTestApp(dialect);
    const w = await buildDeliveryWorld(t);
    const token = await providerToken(w);
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const upload = openUpload(`${base}${w.url("/files")}`, token, "accord-limit-boundary");

    await upload.write(upload.partHeader("notes.txt"));
    await upload.write("first file, stored before the second one arrives");
    await upload.write(`\r\n`);
    await upload.write(upload.partHeader("huge.zip"));
    const piece = Buffer.alloc(MB, 1);
    for (let sent = 0; sent <= MAX_FILE_BYTES; sent += MB) await upload.write(piece);
    const answer = await upload.finish();

    expect(answer.status, answer.body).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "file_too_large" } });
    expect(answer.body).toContain("huge.zip");
    expect(await filesOnDisk(t.filesDirectory)).toEqual([]);
    expect(await t.deps.db.selectFrom("stored_files").select("id").execute()).toEqual([]);
  });

  it("refuses more files than one upload may hold, keeping none of them", async () => {
    t = await buildTestApp(dialect);
    const w = await buildDeliveryWorld(t);
    const files = Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) => ({
      name: `page-${i}.txt`,
      content: `page ${i}`,
    }));
    const body = multipart(files);
    const response = await w.provider.client.request(
      "POST",
      w.url("/files"),
      body.payload,
      body.headers,
    );

    expectError(response, 413, "too_many_files");
    expect(await filesOnDisk(t.filesDirectory)).toEqual([]);
    expect(await t.deps.db.selectFrom("stored_files").select("id").execute()).toEqual([]);
  });
});
