/** The teacher page's words, in both languages (Spanish addresses the teacher as usted). */
import type { Lang } from '@/content/constants';
import { fill } from '@/lib/i18n/fill';

const words = {
  title: { es: 'Para docentes', en: 'For teachers' },
  intro: {
    es: 'Cómo usar este mapa en clase: presentarlo, imprimir el material, usarlo sin internet e integrarlo en su plataforma. Nada requiere cuenta ni instalación.',
    en: 'How to use this story map in class: present it, print the handouts, use it with no internet and put it in your course page. Nothing needs an account or an install.',
  },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  activities: { es: 'Actividades para estudiantes', en: 'Activities for students' },
  contents: { es: 'En esta página', en: 'On this page' },

  safetyTitle: { es: 'Antes de empezar: una clase segura para todos', en: 'Before you start: a classroom safe for everyone' },
  safetyIntro: {
    es: 'La película trata de migración sin papeles. En su grupo puede haber estudiantes de familias con distintas situaciones migratorias.',
    en: 'The film is about undocumented migration. Your class may include students from families of every immigration status.',
  },

  presentTitle: { es: 'Presentar en el proyector', en: 'Presenting on a projector' },
  presentIntro: {
    es: 'Pulse P o el botón Presentar: cada capítulo es una diapositiva sobre el mapa, con letra grande. Los controles de presentación (clickers) funcionan sin configurar nada.',
    en: 'Press P or the Present button: each chapter becomes a slide over the map, in large type. Presentation clickers work with no setup.',
  },
  keysCaption: { es: 'Teclas durante la presentación', en: 'Keys while presenting' },
  key: { es: 'Tecla', en: 'Key' },
  does: { es: 'Qué hace', en: 'What it does' },
  kNext: { es: 'Siguiente diapositiva', en: 'Next slide' },
  kPrev: { es: 'Diapositiva anterior', en: 'Previous slide' },
  kEnds: { es: 'Primera / última diapositiva', en: 'First / last slide' },
  kBlank: { es: 'Pantalla en negro (la siguiente tecla la regresa)', en: 'Blank the screen (the next key brings it back)' },
  kFull: { es: 'Pantalla completa', en: 'Full screen' },
  kOverview: { es: 'Todas las diapositivas, para saltar a una', en: 'All slides, to jump to one' },
  kPresenter: { es: 'Vista del presentador en otra ventana', en: 'Presenter view in a second window' },
  kKiosk: { es: 'Avance automático (pantalla de exhibición)', en: 'Auto-play (a display screen)' },
  kExit: { es: 'Volver a la lectura, en el mismo capítulo', en: 'Back to reading, at the same chapter' },
  presenterTitle: { es: 'La vista del presentador', en: 'The presenter view' },
  presenterText: {
    es: 'Con S se abre una segunda ventana con sus notas, las preguntas para conversar, la siguiente diapositiva y un cronómetro; las dos ventanas avanzan juntas. Póngala en su laptop y el proyector en la pantalla extendida.',
    en: 'S opens a second window with your notes, the discussion questions, the next slide and a timer; both windows move together. Keep it on your laptop and the slides on the projector as an extended screen.',
  },
  popupText: {
    es: 'Si no se abre, el navegador bloqueó la ventana emergente: haga clic en el aviso de la barra de direcciones, elija “Permitir siempre las ventanas emergentes” de este sitio y pulse S otra vez.',
    en: 'If it does not open, the browser blocked the pop-up: click the notice in the address bar, choose “Always allow pop-ups” for this site, and press S again.',
  },
  kioskText: {
    es: 'Para una biblioteca o una feria escolar, agregue ?mode=present&kiosk=20 a la dirección (o pulse K): las diapositivas avanzan solas cada 20 segundos y vuelven a empezar al final. Si alguien toca la pantalla o una tecla, se detienen, y siguen solas después de un rato sin uso.',
    en: 'For a library display or an open house, add ?mode=present&kiosk=20 to the address (or press K): the slides move on by themselves every 20 seconds and start over at the end. Anyone who touches the screen or a key pauses them; they resume after a while left alone.',
  },

  printTitle: { es: 'Imprimir el material', en: 'Printing the handouts' },
  printText: {
    es: 'El botón Material para clase abre el material para estudiantes: cada capítulo con un resumen, un mapa pequeño y sus preguntas, los personajes, el glosario y la hoja de actividades. Pulse Imprimir (o Ctrl+P / ⌘P desde cualquier página).',
    en: 'The Handout button opens the students’ handout: every chapter with a summary, a small map and its questions, the cast, the glossary and the worksheet. Press Print (or Ctrl+P / ⌘P from any page).',
  },
  keyText: {
    es: 'Las hojas para el docente (notas para la clase y claves de respuestas) salen al final, cada una en hoja aparte: no las incluya en las copias para estudiantes (en el cuadro de impresión, elija solo las primeras páginas).',
    en: 'The teacher’s pages (classroom notes and the answer keys) print last, each on a page of its own: leave them out of the students’ copies (choose only the first pages in the print dialog).',
  },

  offlineTitle: { es: 'Sin internet', en: 'With no internet' },
  offlineText: {
    es: 'Una vez abierta, la página sigue funcionando aunque se caiga el Wi-Fi, incluso si la recarga. Para no depender de la red en absoluto, use la copia en un solo archivo (under-the-same-moon.html): se abre con doble clic desde una memoria USB, la computadora o como archivo adjunto en su plataforma escolar, sin servidor ni internet. Pídala a quien administra este sitio, o créela con npm run package (véase el README).',
    en: 'Once opened, the page keeps working if the Wi-Fi drops, even across a reload. To need no network at all, use the single-file copy (under-the-same-moon.html): it opens with a double click from a USB stick, the computer, or as an attachment in your school’s course platform, with no server and no internet. Ask whoever runs this site for it, or make it with npm run package (see the README).',
  },

  embedTitle: { es: 'Integrarlo en una página', en: 'Putting it in a web page' },
  embedText: {
    es: 'El botón Compartir copia un enlace al capítulo en pantalla, o arma el código de inserción (iframe) para un blog o una plataforma que acepte HTML: elija el capítulo inicial, el idioma y la altura, y pegue el código.',
    en: 'The Share button copies a link to the chapter on screen, or builds the embed code (an iframe) for a blog or a course platform that accepts HTML: choose the starting chapter, language and height, and paste the code.',
  },

  timeTitle: { es: 'Cuánto tiempo toma en clase', en: 'How long each part takes in class' },
  timeCaption: { es: 'Tiempos aproximados, calculados a partir de esta historia', en: 'Approximate times, worked out from this story' },
  part: { es: 'Parte', en: 'Part' },
  minutes: { es: 'Minutos', en: 'Minutes' },
  tSafety: { es: 'Presentar el tema y las reglas de la conversación', en: 'Introduce the topic and the ground rules' },
  tRead: { es: 'Leer la historia en voz alta', en: 'Read the story aloud' },
  tPresent: { es: 'Presentarla como diapositivas, comentando cada una', en: 'Present it as slides, with a word on each' },
  tDiscuss: { es: 'Todas las preguntas para conversar ({n})', en: 'All the discussion questions ({n})' },
  tActivities: { es: 'Las tres actividades en pantalla', en: 'The three activities on screen' },
  tWorksheet: { es: 'La hoja de actividades en papel', en: 'The worksheet on paper' },
  timeNote: {
    es: 'En una clase de 50 minutos: presente la mitad de los capítulos con algunas preguntas y deje las actividades para la siguiente, o asígnelas como tarea.',
    en: 'In a 50-minute lesson: present half the chapters with a few questions and leave the activities for the next lesson, or set them as homework.',
  },
} as const;

export type TeachWord = keyof typeof words;

export function say(key: TeachWord, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(words[key][lang], vars);
}
