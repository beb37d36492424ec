// Given names that one person may go by: Spanish and English forms and nicknames.
// Each line is one group; a name may sit in several groups (Joe: José and Joseph).
// Written for this project from common usage; folded (no accents, lower case).
const GROUPS: string[] = [
  'jose joe pepe chepe pepito',
  'joseph joe joey jose',
  'jose luis joseluis pepe pepelu',
  'jose maria josemaria chema',
  'juan john johnny jack juanito',
  'juan carlos juancarlos juanca',
  'guillermo william bill billy will willy memo',
  'francisco pancho paco frank frankie francis kiko curro',
  'jesus chuy chucho jesse',
  'roberto robert bob bobby rob robbie beto',
  'alberto albert al beto',
  'gilberto gil beto',
  'humberto beto',
  'alejandro alex alejo jandro alexander sandro',
  'eduardo edward ed eddie lalo',
  'manuel manny manolo meme',
  'enrique henry quique kike hank',
  'ignacio nacho',
  'antonio anthony tony tono',
  'rafael rafa ralph',
  'ricardo richard rick ricky richie',
  'miguel michael mike mickey',
  'carlos charles charlie chuck carlitos',
  'luis louis lewis lucho wicho',
  'pedro peter pete perico',
  'daniel dan danny dani',
  'david dave davey',
  'javier xavier javi',
  'fernando nando fer ferdinand',
  'gerardo gerard gerry jerry',
  'gustavo gus tavo',
  'salvador chava salva',
  'santiago diego james jaime jim jimmy',
  'ramon raymond ray moncho',
  'armando mando',
  'rogelio roger',
  'tomas thomas tom tommy',
  'andres andrew andy',
  'esteban stephen steven steve',
  'felipe philip phil',
  'jorge george',
  'mateo matthew matt',
  'nicolas nicholas nick nico',
  'pablo paul',
  'raul raoul',
  'sergio checo',
  'vicente chente vince',
  'margarita margaret maggie peggy marge rita',
  'maria mary marie mari',
  'guadalupe lupe lupita',
  'dolores lola',
  'rosario charo chayo',
  'concepcion concha conchita',
  'isabel elizabeth liz beth betty chabela',
  'teresa theresa tere terry',
  'patricia patty paty pat tricia',
  'alejandra alexandra ale sandra',
  'veronica vero ronnie',
  'catalina catherine katherine kate cathy',
  'ana anna ann annie',
  'juana jane joan',
  'josefina josephine pepa fina',
  'mercedes meche',
  'graciela chela',
  'alicia alice licha',
  'cristina christina tina',
  'cristobal christopher chris',
];

/** Lines whose first two words form one compound given name ("jose luis", "juan carlos"). */
const COMPOUND_STARTS = new Set(['jose luis', 'jose maria', 'juan carlos']);
const isCompoundLine = (words: string[]) => COMPOUND_STARTS.has(`${words[0]} ${words[1]}`);

const groupsOf = new Map<string, number[]>();
GROUPS.forEach((line, index) => {
  // A compound name ("jose luis") is one entry; its single words are listed on their own lines.
  const words = line.split(' ');
  const names = isCompoundLine(words) ? [`${words[0]} ${words[1]}`, ...words.slice(2)] : words;
  for (const name of names) groupsOf.set(name, [...(groupsOf.get(name) ?? []), index]);
});

/** Nickname groups a folded given name belongs to (empty when unknown). */
export function nameGroups(name: string): readonly number[] {
  return groupsOf.get(name) ?? [];
}

/** True when two folded given names are forms of one name (José ~ Joe, Guillermo ~ Memo). */
export function sameNameGroup(a: string, b: string): boolean {
  const ga = groupsOf.get(a);
  const gb = groupsOf.get(b);
  if (!ga || !gb) return false;
  return ga.some((g) => gb.includes(g));
}

const EXTRA_GIVEN_NAMES = [
  // Spanish
  'luis maria carlos ana juan jose angel miguel manuel antonio jesus francisco javier alberto arturo',
  'alfonso adolfo agustin alfredo arnulfo ernesto ramiro rigoberto raymundo reynaldo rolando hector oscar',
  'omar ivan victor hugo mario martin marco marcos adrian cesar efrain abel ruben saul samuel benjamin',
  'leonardo emilio julio julian andres sergio raul ramon armando jorge pedro ricardo marisol yolanda',
  'sara laura diana claudia monica adriana gabriela silvia elena lucia rosa carmen blanca leticia beatriz',
  'veronica guadalupe sofia isabel teresa patricia margarita',
  // English
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew',
  'anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason',
  'jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin gregory',
  'alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry douglas zachary peter',
  'kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur',
  'lawrence dylan jesse jordan bryan billy bruce gabriel logan albert willie alan wayne elijah randy roy',
  'vincent ralph eugene russell bobby philip louis derek marcus travis cody dustin mary jennifer linda',
  'elizabeth barbara susan jessica karen lisa nancy betty sandra ashley kimberly emily donna michelle',
  'carol amanda dorothy melissa deborah stephanie rebecca sharon cynthia kathleen amy angela shirley',
  'brenda pamela emma nicole helen samantha christine debra rachel carolyn janet heather diane ruth',
  'julie olivia joyce virginia victoria kelly lauren joan evelyn judith megan andrea cheryl hannah',
  'jacqueline martha gloria sara madison frances kathryn janice jean abigail judy grace denise amber',
  'doris marilyn danielle beverly natalie brittany charlotte marie kayla alexis lori brianna shayla',
  'courtney jennifer',
].join(' ');
const knownGiven = new Set<string>([...groupsOf.keys(), ...EXTRA_GIVEN_NAMES.split(' ')]);
for (const name of [...knownGiven]) if (name.includes(' ')) knownGiven.delete(name);

/** Whether a folded word is a known given name (used to tell given names from surnames). */
export function isKnownGivenName(word: string): boolean {
  return knownGiven.has(word);
}
