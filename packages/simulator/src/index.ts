// Filled in by the package's issue; exists so the workspace builds.
export {};
