import { defineMagnumSuite } from "./magnum-suite.js";

defineMagnumSuite("none");
