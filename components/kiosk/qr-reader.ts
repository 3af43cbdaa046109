"use client";

/** Reads the QR code in the current frame of a playing video; null when there is none (yet). */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (o: { formats: string[] }): Detector; getSupportedFormats?(): Promise<string[]> };

/** Whether this device can scan at all: a camera API (QR decoding works in every browser). */
export const canScanQr = () => typeof window !== "undefined" && !!navigator.mediaDevices?.getUserMedia;

/**
 * The browser's own BarcodeDetector where it reads QR codes (Chrome on Android, ChromeOS,
 * macOS), else ZXing's decoder (@zxing/library, pure JavaScript, loaded only then): desktop
 * Chromium on Linux and Windows — what most kiosk PCs run — and Firefox have no BarcodeDetector.
 */
export async function createQrReader(): Promise<QrReader> {
  const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native) {
    const formats = await Native.getSupportedFormats?.().catch((): string[] => []);
    if (!formats || formats.includes("qr_code")) {
      const detector = new Native({ formats: ["qr_code"] });
      return async (video) => (await detector.detect(video).catch(() => []))[0]?.rawValue || null;
    }
  }
  const { BinaryBitmap, HTMLCanvasElementLuminanceSource, HybridBinarizer, QRCodeReader } = await import("@zxing/library");
  const reader = new QRCodeReader();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    try {
      return reader.decode(new BinaryBitmap(new HybridBinarizer(new HTMLCanvasElementLuminanceSource(canvas)))).getText();
    } catch {
      return null; // no code in this frame (ZXing signals that by throwing)
    }
  };
}
