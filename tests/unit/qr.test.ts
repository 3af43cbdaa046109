import { describe, expect, it } from "vitest";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import jsQR from "jsqr";
import { qrModules, qrSvg } from "@/lib/receipts/qr";

const URL_ = "https://termine.example.org/uk/booking?code=K7M2-QX9P&t=AQDA4bd3GmHQ4EGdiudOgqqAncemwfuGM7FPfKk2_WNA7DqGvz_7cXhB9w52-NZpyQ";

/** Draws an image (SVG bytes) on a white canvas and scans it, as a phone camera would. */
async function scan(bytes: Uint8Array, size = 480): Promise<string | undefined> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(image, 0, 0, size, size);
  const data = ctx.getImageData(0, 0, size, size);
  return jsQR(new Uint8ClampedArray(data.data.buffer), size, size)?.data;
}

describe("QR codes of the manage link", { timeout: 30_000 }, () => {
  it("as SVG scan back to the link", async () => {
    const svg = await qrSvg(URL_);
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
    expect(await scan(new TextEncoder().encode(svg))).toBe(URL_);
  });

  it("as a module matrix (what the PDF draws) scan back to the link", () => {
    const modules = qrModules(URL_);
    const cell = 6;
    const side = (modules.length + 4) * cell;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    modules.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (!dark) return;
        for (let y = 0; y < cell; y++)
          for (let x = 0; x < cell; x++) pixels.fill(0, (((r + 2) * cell + y) * side + (c + 2) * cell + x) * 4, (((r + 2) * cell + y) * side + (c + 2) * cell + x) * 4 + 3);
      }),
    );
    expect(jsQR(pixels, side, side)?.data).toBe(URL_);
  });
});
