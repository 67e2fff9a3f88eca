import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import UnitConverter from "./UnitConverter.vue";

/** The default VitePress theme plus lmb's live calculators, usable in any page's markdown. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("UnitConverter", UnitConverter);
  },
};

export default theme;
