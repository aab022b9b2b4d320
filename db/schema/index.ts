export * from "./codeLists";
export * from "./consents";
export * from "./foundation";
export * from "./people";
export * from "./registrations";
export * from "./sessions";
export * from "./summonses";
export * from "./accessLog";
