import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";

/**
 * Chromium's fake camera (--use-file-for-fake-video-capture) plays a Y4M file: here a QR code,
 * black on white, in the middle of a 640×480 picture. The file is read when a page opens the
 * camera, so a test writes it (with its booking's code) before the kiosk starts scanning.
 */
export const FAKE_CAMERA_FILE = path.join(os.tmpdir(), `einehand-e2e-camera-${process.pid}.y4m`);

export const fakeCameraArgs = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${FAKE_CAMERA_FILE}`];

export function showQrToCamera(text: string) {
  const width = 640, height = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  const scale = Math.floor(Math.min(width, height) / (qr.size + 8));
  const left = Math.floor((width - qr.size * scale) / 2), top = Math.floor((height - qr.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < qr.size * scale; y++)
    for (let x = 0; x < qr.size * scale; x++)
      if (qr.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * width + left + x] = 16;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128); // no colour
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  writeFileSync(FAKE_CAMERA_FILE, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}
