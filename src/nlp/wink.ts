// The one place that loads wink-nlp: the model is read once per process.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
