import QRCode from "qrcode";
import { totpUri } from "@/lib/auth/totp";

/** The enrolment QR code as a data URL (rendered on the server: the secret needs no client JS). */
export const totpQrDataUrl = (email: string, secret: string) =>
  QRCode.toDataURL(totpUri(email, secret), { errorCorrectionLevel: "M", margin: 2, width: 240 });

/** "JBSW Y3DP EHPK 3PXP": groups of four for typing the secret by hand. */
export const groupSecret = (secret: string) => secret.replace(/(.{4})/g, "$1 ").trim();
