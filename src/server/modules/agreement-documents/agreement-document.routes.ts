import { AgreementVersionParams } from "../../../contracts/agreements";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendFailure } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { exportAgreementPdf } from "./export-agreement-pdf";

export function agreementDocumentRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/agreement/versions/:version/pdf",
      {
        config: { access: "engagements:read" },
        schema: {
          tags: ["agreements"],
          summary: "The agreement version as a PDF (application/pdf), in the reader's language",
          params: AgreementVersionParams,
          response: ERROR_RESPONSES,
        },
      },
      async (request, reply) => {
        const { id, version } = request.params;
        const result = await exportAgreementPdf(
          deps,
          actorOf(request),
          id,
          version,
          request.locale,
        );
        if (!result.ok) return sendFailure(reply, request, result.failure);
        return (
          reply
            .type("application/pdf")
            .header("content-disposition", `inline; filename="agreement-${id}-v${version}.pdf"`)
            // A Buffer goes out as it is, past the JSON serialiser; the typed reply only knows JSON.
            .send(result.value as never)
        );
      },
    );
  });
}
