/** Where the Python/ini neighbours of the real Magnum live (real/magnum/neighbours/). */
import path from "node:path";
import { PROJECT_ROOT } from "../../spec/apis.js";

export const NEIGHBOURS_DIR = path.join(PROJECT_ROOT, "real", "magnum", "neighbours");
export const LAUNCHER = path.join(NEIGHBOURS_DIR, "launcher.py");
export const STAND_IN = path.join(NEIGHBOURS_DIR, "openstack_stand_in.py");
export const NOOP_DRIVER_PATH = path.join(NEIGHBOURS_DIR, "noop-driver");
