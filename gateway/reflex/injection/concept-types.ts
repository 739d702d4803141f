// The concept names of the cross-lingual lexicon (concept-lexicon-*.ts) and its data shape.
// A concept is a language-independent meaning the lexical model can learn once for every language.
export const CONCEPTS = ['IGNORE','PREVIOUS','INSTRUCTION','SYSTEM','REVEAL','CREDENTIAL','SEND','DESTINATION','DELETE',
  'DISABLE','SAFETY','PRIVILEGED','NOW','PRETEND','UNRESTRICTED','APPROVAL','WITHOUT','SECRETLY','URGENT','MONEY','ALL',
  'DATA','ASSISTANT','OBEY','NEW','ACCESS','RUN','OFFICIAL','NOTICE','VOID'] as const;
export type ConceptName = (typeof CONCEPTS)[number];
export type ConceptLexicon = Partial<Record<string, Partial<Record<ConceptName, string>>>>;
