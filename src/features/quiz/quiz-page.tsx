// Placeholder while issue 14 builds this screen; replaced by its feature.
export default function QuizPage() {
  return <h1>Quiz</h1>
}
