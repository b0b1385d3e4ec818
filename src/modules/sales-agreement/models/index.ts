export { SalesAgreement } from "./sales-agreement"
export { SalesAgreementLine } from "./sales-agreement-line"
export { SalesAgreementVersion } from "./sales-agreement-version"
export { SalesAgreementLedgerEntry } from "./sales-agreement-ledger-entry"
