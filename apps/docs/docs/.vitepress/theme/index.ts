import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { defineAsyncComponent } from "vue";
import UnitConverter from "./UnitConverter.vue";
import "./calculator.css";

/** The default VitePress theme plus lmb's live calculators, usable in any page's markdown. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("UnitConverter", UnitConverter);
    // The fitting calculators load their packages (numerics, kinetics, nucleation, …) only on pages that use them.
    app.component(
      "KineticsCalculator",
      defineAsyncComponent(() => import("./KineticsCalculator.vue")),
    );
    app.component(
      "ImpedanceFitter",
      defineAsyncComponent(() => import("./ImpedanceFitter.vue")),
    );
    app.component(
      "NucleationExplorer",
      defineAsyncComponent(() => import("./NucleationExplorer.vue")),
    );
    app.component(
      "PercolationLattice",
      defineAsyncComponent(() => import("./PercolationLattice.vue")),
    );
    app.component(
      "DiscPicture",
      defineAsyncComponent(() => import("./DiscPicture.vue")),
    );
    app.component(
      "SpanningCurves",
      defineAsyncComponent(() => import("./SpanningCurves.vue")),
    );
    app.component(
      "ConductivityModels",
      defineAsyncComponent(() => import("./ConductivityModels.vue")),
    );
    app.component(
      "SymmetricComparison",
      defineAsyncComponent(() => import("./SymmetricComparison.vue")),
    );
  },
};

export default theme;
