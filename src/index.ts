// The library: `import { extract } from "feiten"`.
export { extract, InputError, type ExtractOptions } from "./core/pipeline.js";
export { resultJsonSchema, FACT_TYPES, Result as ResultSchema } from "./core/schema.js";
export type { Count, DateMention, DocumentInfo, Fact, FactDate, FactPlace, FactType, Modifier, PlaceMention, Result, Span } from "./core/schema.js";
