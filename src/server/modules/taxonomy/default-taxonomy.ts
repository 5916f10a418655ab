/**
 * The taxonomy a new instance starts with; moderators edit it afterwards. Names are data (in
 * the database), not catalogue messages, because moderators change them at run time.
 */
type Names = { en: string; fr: string; de: string; es: string; id: string };

export const DEFAULT_CATEGORIES: {
  id: string;
  names: Names;
  skills: { id: string; names: Names }[];
}[] = [
  {
    id: "web",
    names: {
      en: "Web and software",
      fr: "Web et logiciel",
      de: "Web und Software",
      es: "Web y software",
      id: "Web dan perangkat lunak",
    },
    skills: [
      {
        id: "web.frontend",
        names: {
          en: "Front-end development",
          fr: "Développement front-end",
          de: "Frontend-Entwicklung",
          es: "Desarrollo front-end",
          id: "Pengembangan front-end",
        },
      },
      {
        id: "web.backend",
        names: {
          en: "Back-end development",
          fr: "Développement back-end",
          de: "Backend-Entwicklung",
          es: "Desarrollo back-end",
          id: "Pengembangan back-end",
        },
      },
      {
        id: "web.ecommerce",
        names: {
          en: "E-commerce",
          fr: "Commerce en ligne",
          de: "E-Commerce",
          es: "Comercio electrónico",
          id: "E-commerce",
        },
      },
      {
        id: "web.mobile",
        names: {
          en: "Mobile apps",
          fr: "Applications mobiles",
          de: "Mobile Apps",
          es: "Aplicaciones móviles",
          id: "Aplikasi seluler",
        },
      },
    ],
  },
  {
    id: "design",
    names: { en: "Design", fr: "Design", de: "Design", es: "Diseño", id: "Desain" },
    skills: [
      {
        id: "design.ux",
        names: {
          en: "UX research and design",
          fr: "Recherche et conception UX",
          de: "UX-Forschung und -Design",
          es: "Investigación y diseño UX",
          id: "Riset dan desain UX",
        },
      },
      {
        id: "design.brand",
        names: {
          en: "Brand identity",
          fr: "Identité de marque",
          de: "Markenidentität",
          es: "Identidad de marca",
          id: "Identitas merek",
        },
      },
      {
        id: "design.print",
        names: {
          en: "Print and editorial design",
          fr: "Design imprimé et éditorial",
          de: "Print- und Editorial-Design",
          es: "Diseño editorial e impreso",
          id: "Desain cetak dan editorial",
        },
      },
    ],
  },
  {
    id: "marketing",
    names: { en: "Marketing", fr: "Marketing", de: "Marketing", es: "Marketing", id: "Pemasaran" },
    skills: [
      {
        id: "marketing.seo",
        names: {
          en: "Search engine optimisation",
          fr: "Référencement naturel",
          de: "Suchmaschinenoptimierung",
          es: "Posicionamiento en buscadores",
          id: "Optimasi mesin pencari",
        },
      },
      {
        id: "marketing.content",
        names: {
          en: "Content and copywriting",
          fr: "Contenu et rédaction",
          de: "Content und Texte",
          es: "Contenidos y redacción",
          id: "Konten dan penulisan",
        },
      },
      {
        id: "marketing.social",
        names: {
          en: "Social media",
          fr: "Réseaux sociaux",
          de: "Soziale Medien",
          es: "Redes sociales",
          id: "Media sosial",
        },
      },
    ],
  },
  {
    id: "data",
    names: {
      en: "Data and analytics",
      fr: "Données et analyse",
      de: "Daten und Analyse",
      es: "Datos y análisis",
      id: "Data dan analitik",
    },
    skills: [
      {
        id: "data.dashboards",
        names: {
          en: "Dashboards and reporting",
          fr: "Tableaux de bord et reporting",
          de: "Dashboards und Reporting",
          es: "Paneles e informes",
          id: "Dasbor dan pelaporan",
        },
      },
      {
        id: "data.engineering",
        names: {
          en: "Data engineering",
          fr: "Ingénierie des données",
          de: "Data Engineering",
          es: "Ingeniería de datos",
          id: "Rekayasa data",
        },
      },
    ],
  },
  {
    id: "consulting",
    names: { en: "Consulting", fr: "Conseil", de: "Beratung", es: "Consultoría", id: "Konsultasi" },
    skills: [
      {
        id: "consulting.strategy",
        names: {
          en: "Business strategy",
          fr: "Stratégie d'entreprise",
          de: "Unternehmensstrategie",
          es: "Estrategia empresarial",
          id: "Strategi bisnis",
        },
      },
      {
        id: "consulting.translation",
        names: {
          en: "Translation and localisation",
          fr: "Traduction et localisation",
          de: "Übersetzung und Lokalisierung",
          es: "Traducción y localización",
          id: "Penerjemahan dan lokalisasi",
        },
      },
    ],
  },
];
