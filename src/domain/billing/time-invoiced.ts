/** A rate an agreement version set, and the first day that version was in force. */
export interface RateInForce {
  rateMinor: number;
  fromDay: string;
}

/** An issued invoice line, as the time-and-materials reading needs it. */
export interface InvoicedLine {
  description: string;
  quantityMilli: number;
  unitPriceMinor: number;
  netMinor: number;
  /** The day its invoice was issued. */
  issueDate: string;
}

export interface TimeInvoiced {
  /** Effort at the rate it was invoiced at, in the lines' order. */
  time: { quantityMilli: number; rateMinor: number }[];
  /** Every other line (materials, a fee) at its net as invoiced. */
  materials: { description: string; amountMinor: number }[];
}

/**
 * Accord keeps no timesheets: the time worked on a time-and-materials engagement is what the
 * provider invoiced at an hourly (or daily) rate. A line is time when its unit price is a rate
 * the agreement had in force on or before the day its invoice was issued: the time it bills was
 * worked by then, under one of those rates, so an amendment of the rate never turns time already
 * invoiced (or worked before it and invoiced after) into materials, and a price that became a
 * rate only later is not time. The rest (materials, a fee) counts at its net as invoiced.
 */
export function splitTimeInvoiced(
  lines: readonly InvoicedLine[],
  rates: readonly RateInForce[],
): TimeInvoiced {
  const split: TimeInvoiced = { time: [], materials: [] };
  for (const line of lines) {
    const isTime = rates.some(
      (rate) => rate.rateMinor === line.unitPriceMinor && rate.fromDay <= line.issueDate,
    );
    if (isTime)
      split.time.push({ quantityMilli: line.quantityMilli, rateMinor: line.unitPriceMinor });
    else split.materials.push({ description: line.description, amountMinor: line.netMinor });
  }
  return split;
}
