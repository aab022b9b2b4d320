export * from "./codeLists";
export * from "./people";
export * from "./sessions";
