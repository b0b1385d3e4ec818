/** Priority of the shipped rules; admin rules above it are listed first among reasons of the same decision. */
export const DEFAULT_RULE_PRIORITY = 50
