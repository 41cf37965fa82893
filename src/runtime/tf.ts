// The single place that imports TensorFlow.js; everything else imports `tf` from here.
import * as tf from '@tensorflow/tfjs';

// Silence tfjs' console hints (e.g. the Node.js backend advertisement).
tf.env().set('PROD', true);

export { tf };
