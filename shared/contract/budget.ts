// How many entities one chart answer may hold. Past these the backend keeps the most
// connected ones and says what it left out, so no screen ever asks for a whole workspace.
/** Entities in one `graph.get` answer unless the caller asks for fewer. */
export const GRAPH_BUDGET = 1500;
/** Neighbours added by one expansion (`graph.neighbours`) unless the caller asks for fewer. */
export const NEIGHBOUR_BUDGET = 200;
/** The most a caller may ask for: beyond this a chart is not readable or fluid. */
export const MAX_BUDGET = 5000;
/** Case pairs in one page of the Connections list. */
export const CONNECTIONS_PAGE = 50;
