// A side-effect import of the stylesheet: `import "@webform-kit/react/styles.css"`.
export {};
