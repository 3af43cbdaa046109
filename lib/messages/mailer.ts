import nodemailer from "nodemailer";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
};

export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

/** MAIL_FROM, e.g. `"Stadt Hamm – EineHand" <termine@stadt-hamm.de>`. */
export const mailFrom = () => process.env.MAIL_FROM?.trim() || '"EineHand" <termine@einehand.invalid>';

/**
 * E-mail over SMTP: SMTP_URL, e.g. smtp://user:pass@mail.example.org:587 (STARTTLS when the
 * server offers it) or smtps://…:465. The demo passes the local sink's URL instead.
 */
export function createMailer(smtpUrl: string, from = mailFrom()): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
