// Placeholder while issue 14 builds this screen; replaced by its feature.
export default function PresentQuizPage() {
  return <h1>Present a quiz</h1>
}
