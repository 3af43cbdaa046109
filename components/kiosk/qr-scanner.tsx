"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = new (o: { formats: string[] }) => Detector;

/** Whether this browser can read QR codes itself (BarcodeDetector: Chrome/Edge on Android, ChromeOS, Windows kiosks). */
export const canScanQr = () => typeof window !== "undefined" && "BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia;

/**
 * Reads a QR code with the device camera and hands the raw text on once. The camera stops as
 * soon as a code is read or the scanner leaves the screen.
 */
export function QrScanner({ onRead }: { onRead: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    const Barcode = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
    const detector = new Barcode({ formats: ["qr_code"] });
    const scan = async () => {
      if (stopped || !video.current) return;
      try {
        const [code] = await detector.detect(video.current);
        if (code?.rawValue) {
          stopped = true;
          onRead(code.rawValue);
          return;
        }
      } catch {
        // a frame that is not ready yet; try the next one
      }
      window.setTimeout(scan, 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (s) => {
        stream = s;
        if (!video.current || stopped) return;
        video.current.srcObject = s;
        await video.current.play();
        scan();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [onRead]);

  if (failed) return <p role="alert">{t("kiosk:checkIn.cameraError")}</p>;
  return (
    <div>
      <p className="mb-3">{t("kiosk:checkIn.scanHint")}</p>
      <video ref={video} muted playsInline className="mx-auto max-h-80 rounded border-2 border-slate-400" aria-label={t("kiosk:checkIn.byQr")} />
    </div>
  );
}
