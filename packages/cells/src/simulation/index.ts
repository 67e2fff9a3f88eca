/**
 * Li-metal cell simulation: cell configurations, the interphase model and `simulateCell`.
 *
 * @packageDocumentation
 */
export * from "./compare/index.js";
export * from "./config/index.js";
export * from "./designMap/index.js";
export * from "./interphase/index.js";
export * from "./model/index.js";
export * from "./protocol/index.js";
