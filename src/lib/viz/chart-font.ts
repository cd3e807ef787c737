/** The typeface of every chart, on SVG and on canvas alike (a canvas cannot inherit it). */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
