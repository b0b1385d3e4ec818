import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { salesAgreementDocumentUrl, useSalesAgreementVersions } from "../../../hooks/api/sales-agreements"
import { errorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"

const DocumentLink = ({ href, children }: { href: string; children: string }) => (
  <a
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1"
  >
    {children}
    <ArrowUpRightOnBox />
  </a>
)

/** Confirmed versions, newest first, each with its printable confirmation (HTML and PDF). */
export const SalesAgreementVersionsSection = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const { versions, isLoading, isError, error } = useSalesAgreementVersions(agreement.id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Confirmed versions</Heading>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : versions?.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Version</Table.HeaderCell>
              <Table.HeaderCell>Confirmed at</Table.HeaderCell>
              <Table.HeaderCell>Confirmed by</Table.HeaderCell>
              <Table.HeaderCell>Document</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>v{v.version}</Table.Cell>
                <Table.Cell>{formatDateTime(v.confirmed_at)}</Table.Cell>
                <Table.Cell className="font-mono text-xs">{v.confirmed_by ?? "-"}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-4">
                    <DocumentLink href={salesAgreementDocumentUrl(agreement.id, v.version)}>HTML</DocumentLink>
                    <DocumentLink href={salesAgreementDocumentUrl(agreement.id, v.version, "pdf")}>PDF</DocumentLink>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "Not confirmed yet. Confirm the agreement to store version 1."}
        </Text>
      )}
    </Container>
  )
}
