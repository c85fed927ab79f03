// The cross-engine suite in Firefox ESR (see suite.ts).
import { engineSuite } from "./suite.ts";

engineSuite("firefox");
