"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createQrReader, type QrReader } from "./qr-reader";

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
    const scan = async (read: QrReader) => {
      if (stopped || !video.current) return;
      const text = await read(video.current);
      if (text) {
        stopped = true;
        onRead(text);
        return;
      }
      window.setTimeout(() => scan(read), 250);
    };
    Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }), createQrReader()])
      .then(async ([s, read]) => {
        stream = s;
        // the scanner left the screen while the camera was starting: give the camera back
        if (!video.current || stopped) return s.getTracks().forEach((tr) => tr.stop());
        video.current.srcObject = s;
        await video.current.play();
        scan(read);
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
