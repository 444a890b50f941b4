export { gazetteer, lookup, lookupUpper, lookupProvinces, placeByName, surfaceKey, findDataFile, type Place, type Gazetteer } from "./gazetteer.js";
export { findPlaces, placeFromAdjective, toFactPlace, type Lang } from "./find.js";
