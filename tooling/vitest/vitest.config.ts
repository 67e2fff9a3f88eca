import { defineLmbProject } from "./src/index.js";

export default defineLmbProject();
