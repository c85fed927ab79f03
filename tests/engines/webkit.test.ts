// The cross-engine suite in WebKitGTK's MiniBrowser (see suite.ts).
import { engineSuite } from "./suite.ts";

engineSuite("webkit");
