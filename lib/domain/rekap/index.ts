export * from "./gap";
export * from "./pensiun";
