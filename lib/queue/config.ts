/**
 * Queue rules an operator may tune per office (env). Read on each use, so tests and a restarted
 * instance see changes without code.
 */
const intEnv = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v >= 0 ? v : fallback;
};

export const queueConfig = () => ({
  /** A booked person may check in this many minutes before the appointment. */
  earlyMinutes: intEnv("CHECKIN_EARLY_MINUTES", 60),
  /** Later than this after the start, the booking becomes a walk-in ticket flagged late. */
  lateMinutes: intEnv("CHECKIN_LATE_MINUTES", 15),
  /** A called ticket becomes NO_SHOW at the recall after this many recalls without a start. */
  noShowAfterRecalls: intEnv("NO_SHOW_AFTER_RECALLS", 2),
  /** A checked-in appointment counts as due this many minutes before its time. */
  dueGraceMinutes: intEnv("QUEUE_DUE_GRACE_MINUTES", 5),
});
