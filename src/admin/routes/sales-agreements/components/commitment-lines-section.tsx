import { Trash } from "@medusajs/icons"
import { Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useDeleteSalesAgreementLine } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import { COMMITMENT_TYPE_LABELS } from "../../../lib/format"
import type { AdminSalesAgreement, AdminSalesAgreementLine } from "../../../types/sales-agreements"
import { AddCommitmentDrawer } from "./add-commitment-drawer"
import {
  CommitmentCommitted,
  CommitmentDiscount,
  CommitmentPolicies,
  CommitmentTarget,
  CommitmentUnitPrice,
} from "./commitment-line-cells"

/** The agreement's commitments, with add and delete while the agreement is open. */
export const CommitmentLinesSection = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const prompt = usePrompt()
  const { mutateAsync: deleteLine, isPending, variables: deleting } = useDeleteSalesAgreementLine(agreement.id)
  const lines = agreement.lines ?? []
  const editable = agreement.status !== "closed"
  const currency = agreement.currency_code

  const onDelete = async (line: AdminSalesAgreementLine) => {
    const ok = await prompt({
      title: `Delete commitment ${line.line_number}?`,
      description: "A commitment that orders have already been placed against cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!ok) return
    try {
      await deleteLine(line.id)
      toast.success(`Commitment ${line.line_number} deleted`)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Commitments</Heading>
        {editable && <AddCommitmentDrawer agreement={agreement} />}
      </div>
      {lines.length ? (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>#</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Target</Table.HeaderCell>
                <Table.HeaderCell>Committed</Table.HeaderCell>
                <Table.HeaderCell>Unit price</Table.HeaderCell>
                <Table.HeaderCell>Discount</Table.HeaderCell>
                <Table.HeaderCell>Policies</Table.HeaderCell>
                {editable && <Table.HeaderCell />}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row key={line.id}>
                  <Table.Cell>{line.line_number}</Table.Cell>
                  <Table.Cell>{COMMITMENT_TYPE_LABELS[line.commitment_type] ?? line.commitment_type}</Table.Cell>
                  <Table.Cell>
                    <CommitmentTarget line={line} />
                  </Table.Cell>
                  <Table.Cell>
                    <CommitmentCommitted line={line} currency={currency} />
                  </Table.Cell>
                  <Table.Cell>
                    <CommitmentUnitPrice line={line} currency={currency} />
                  </Table.Cell>
                  <Table.Cell>
                    <CommitmentDiscount line={line} currency={currency} />
                  </Table.Cell>
                  <Table.Cell>
                    <CommitmentPolicies line={line} currency={currency} />
                  </Table.Cell>
                  {editable && (
                    <Table.Cell className="text-right">
                      <IconButton
                        size="small"
                        variant="transparent"
                        aria-label={`Delete commitment ${line.line_number}`}
                        disabled={isPending && deleting === line.id}
                        onClick={() => onDelete(line)}
                      >
                        <Trash />
                      </IconButton>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No commitments yet.{editable ? " Add one to give this customer contract prices." : ""}
        </Text>
      )}
    </Container>
  )
}
