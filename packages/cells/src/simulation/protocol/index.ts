/**
 * Cell protocols as text: `parseProtocol`, `formatProtocol`, and the `ccdProtocol` and
 * `reservoirProtocol` builders.
 *
 * @packageDocumentation
 */
export { CCD_RUNG_TAG } from "./ccdLadder.js";
export { type CcdProtocolOptions, ccdProtocol } from "./ccdProtocol.js";
export { formatProtocol } from "./formatProtocol.js";
export {
  formatProtocolCurrent,
  formatProtocolDuration,
  formatProtocolLimit,
  formatProtocolStep,
} from "./formatProtocolValues.js";
export { MAX_PROTOCOL_TEXT_LENGTH, parseProtocol } from "./parseProtocol.js";
export { PROTOCOL_INVALID_ERROR, PROTOCOL_PARSE_ERROR } from "./protocolError.js";
export { MAX_PROTOCOL_STEPS } from "./protocolLimits.js";
export { type ReservoirProtocolOptions, reservoirProtocol } from "./reservoirProtocol.js";
export { RESERVOIR_TAGS } from "./reservoirSteps.js";
