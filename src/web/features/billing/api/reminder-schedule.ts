import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ReminderSchedule, ReminderScheduleBody } from "../../../shared/api/types";

const schedulePath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/reminder-schedule`;
const scheduleQueryKey = (orgId: string) => ["orgs", orgId, "billing", "reminder-schedule"];

/** A provider's reminder days, relative to each invoice's due date. */
export function useReminderSchedule(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: scheduleQueryKey(orgId),
      queryFn: () => api.get<ReminderSchedule>(schedulePath(orgId)),
    }),
  );
}

/** An owner changes the schedule; invoices issued from now on follow it. */
export function useUpdateReminderSchedule(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderScheduleBody) =>
      api.put<ReminderSchedule>(schedulePath(orgId), body),
    onSuccess: (schedule) => queryClient.setQueryData(scheduleQueryKey(orgId), schedule),
  });
}
