/** The demo's extras (the mailbox page and JSON) exist only in the demo: EINEHAND_DEMO=1. */
export const isDemo = () => process.env.EINEHAND_DEMO === "1";
