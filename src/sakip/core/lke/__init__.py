"""The LKE (Lembar Kriteria Evaluasi) of the Evaluasi AKIP: templates, scores, suggestions."""
