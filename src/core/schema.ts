// The output contract (shared/spec/FACTS.md, "feiten/1") as zod schemas: the one
// source of truth for the TypeScript types, the runtime validation of every
// result, and the JSON Schema printed by `feiten schema`.
// zod/mini rather than classic zod: same validation, a fraction of the load time.
import * as z from "zod/mini";

export const FACT_TYPES = ["arrests", "searches", "weapons", "messages", "drugs", "money"] as const;
export const MODIFIERS = ["exact", "about", "over", "atLeast", "under", "atMost", "range", "vague"] as const;
export const PLACE_KINDS = ["country", "province", "municipality", "place", "region"] as const;
export const DATE_KINDS = ["date", "interval", "duration", "time", "set"] as const;

/** ISO 8601 at reduced precision: YYYY, YYYY-MM, YYYY-MM-DD, or an ISO week YYYY-Www. */
const isoDate = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3]))?$/));

export const Span = z.object({
  text: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});

export const Count = z.object({
  value: z.nullable(z.number()),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  modifier: z.enum(MODIFIERS),
  /** "kg", "l", "pills", "plants" for drugs; an ISO 4217 code for money; else null. */
  unit: z.nullable(z.string()),
  /** The count as written ("dertig", "ruim 2,3 miljoen"). */
  text: z.string(),
});

export const FactPlace = z.object({
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  country: z.nullable(z.string()),
});

export const FactDate = z.object({
  value: z.nullable(z.string()),
  text: z.string(),
});

export const Fact = z.object({
  type: z.enum(FACT_TYPES),
  subtype: z.nullable(z.string()),
  count: Count,
  place: z.nullable(FactPlace),
  date: z.nullable(FactDate),
  timeframe: z.enum(["current", "earlier"]),
  negated: z.boolean(),
  hedged: z.boolean(),
  source: z.nullable(z.string()),
  evidence: Span,
  rule: z.string(),
});

export const DateMention = z.object({
  text: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  /** ISO 8601 ("2021", "2021-03", "2021-W09", "2021-03-12", "2021-03-01/2021-03-05"), null when unresolvable. */
  value: z.nullable(z.string()),
  kind: z.enum(DATE_KINDS),
  mod: z.optional(z.enum(["start", "mid", "end"])),
  rule: z.string(),
});

export const PlaceMention = z.object({
  text: z.string(),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  country: z.nullable(z.string()),
  lat: z.nullable(z.number()),
  lon: z.nullable(z.number()),
  id: z.nullable(z.string()),
});

export const DocumentInfo = z.object({
  id: z.string(),
  lang: z.enum(["nl", "en"]),
  published: z.nullable(isoDate),
  title: z.nullable(z.string()),
});

export const Result = z.object({
  schema: z.literal("feiten/1"),
  document: DocumentInfo,
  facts: z.array(Fact),
  dates: z.array(DateMention),
  places: z.array(PlaceMention),
  warnings: z.array(z.string()),
});

export type FactType = (typeof FACT_TYPES)[number];
export type Modifier = (typeof MODIFIERS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type DateKind = (typeof DATE_KINDS)[number];
export type Span = z.infer<typeof Span>;
export type Count = z.infer<typeof Count>;
export type FactPlace = z.infer<typeof FactPlace>;
export type FactDate = z.infer<typeof FactDate>;
export type Fact = z.infer<typeof Fact>;
export type DateMention = z.infer<typeof DateMention>;
export type PlaceMention = z.infer<typeof PlaceMention>;
export type DocumentInfo = z.infer<typeof DocumentInfo>;
export type Result = z.infer<typeof Result>;

/** The JSON Schema of a result, generated from the schemas above. */
export function resultJsonSchema(): unknown {
  return z.toJSONSchema(Result, { target: "draft-2020-12" });
}
